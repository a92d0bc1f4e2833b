/*
 * libmodbus's own RTU master in a closed loop, the reference that SimBase's master is measured
 * against (same slave, same line, same request). Built by the bridge benchmark; not shipped.
 *
 *   modbus_master_bench DEVICE UNIT REGISTERS TRANSACTIONS
 *
 * Reads REGISTERS holding registers from address 0, TRANSACTIONS times, back to back, and
 * prints one line: transactions=N tps=... p50_us=... p99_us=... max_us=... errors=N
 */
#include <errno.h>
#include <modbus.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int cmp(const void *a, const void *b) {
    long x = *(const long *) a, y = *(const long *) b;
    return (x > y) - (x < y);
}

static long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: %s DEVICE UNIT REGISTERS TRANSACTIONS\n", argv[0]);
        return 2;
    }
    int unit = atoi(argv[2]), count = atoi(argv[3]), n = atoi(argv[4]);
    modbus_t *ctx = modbus_new_rtu(argv[1], 115200, 'N', 8, 1);
    if (ctx == NULL || modbus_set_slave(ctx, unit) == -1 || modbus_connect(ctx) == -1) {
        fprintf(stderr, "modbus_master_bench: %s: %s\n", argv[1], modbus_strerror(errno));
        return 1;
    }
    modbus_set_response_timeout(ctx, 1, 0);
    uint16_t regs[125];
    long *lat = malloc(sizeof(long) * n);
    int errors = 0, ok = 0;
    long start = now_ns();
    for (int i = 0; i < n; i++) {
        long t0 = now_ns();
        if (modbus_read_registers(ctx, 0, count, regs) != count) {
            errors++;
            continue;
        }
        lat[ok++] = now_ns() - t0;
    }
    long total = now_ns() - start;
    qsort(lat, ok, sizeof(long), cmp);
    printf("transactions=%d tps=%.0f p50_us=%.1f p99_us=%.1f max_us=%.1f errors=%d\n", ok,
           ok / (total / 1e9), ok ? lat[ok / 2] / 1e3 : 0.0, ok ? lat[(int) (ok * 0.99)] / 1e3 : 0.0,
           ok ? lat[ok - 1] / 1e3 : 0.0, errors);
    modbus_close(ctx);
    modbus_free(ctx);
    return 0;
}
