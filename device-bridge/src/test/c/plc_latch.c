/*
 * A student's PLC in tests: a Modbus TCP master on libmodbus running a start/stop latch at a
 * 10 ms scan, against SimBase's default map of scene conveyor-basics. Built by the tests
 * (cc ... -lmodbus); not shipped.
 *
 *   plc_latch HOST PORT UNIT
 *
 * Each scan reads discrete inputs 0-1 (start_pb NO, stop_pb NC: 1 while not pressed), then
 * writes coils 0-1 (belt_run, running_light) with the latch:
 *     running := (start_pb OR running) AND stop_pb
 * Prints "ready" once connected, then "run 0" / "run 1" whenever the latch changes and
 * "error <text>" for a failed transaction; reconnects after a failure. Exits when killed.
 */
#include <errno.h>
#include <modbus.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static void sleep_until(struct timespec *next, long period_ns) {
    next->tv_nsec += period_ns;
    while (next->tv_nsec >= 1000000000L) {
        next->tv_nsec -= 1000000000L;
        next->tv_sec++;
    }
    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, next, NULL);
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: plc_latch HOST PORT UNIT\n");
        return 2;
    }
    modbus_t *ctx = modbus_new_tcp(argv[1], atoi(argv[2]));
    if (ctx == NULL || modbus_set_slave(ctx, atoi(argv[3])) == -1) {
        fprintf(stderr, "plc_latch: %s\n", modbus_strerror(errno));
        return 2;
    }
    modbus_set_response_timeout(ctx, 0, 500000);
    if (modbus_connect(ctx) == -1) {
        fprintf(stderr, "plc_latch: connect: %s\n", modbus_strerror(errno));
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    int running = 0;
    int connected = 1;
    struct timespec next;
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (;;) {
        sleep_until(&next, 10000000L);
        if (!connected) {
            connected = modbus_connect(ctx) != -1;
            continue;
        }
        uint8_t in[2];
        if (modbus_read_input_bits(ctx, 0, 2, in) != 2) {
            printf("error read %s\n", modbus_strerror(errno));
            fflush(stdout);
            modbus_close(ctx);
            connected = 0;
            continue;
        }
        int now = (in[0] || running) && in[1];
        uint8_t out[2] = {(uint8_t) now, (uint8_t) now};
        if (modbus_write_bits(ctx, 0, 2, out) != 2) {
            printf("error write %s\n", modbus_strerror(errno));
            fflush(stdout);
            continue; /* a refused write (exception) keeps the connection */
        }
        if (now != running) {
            running = now;
            printf("run %d\n", running);
            fflush(stdout);
        }
    }
}
