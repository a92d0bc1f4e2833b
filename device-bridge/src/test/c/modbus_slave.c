/*
 * A real Modbus RTU slave on libmodbus, the peer that drives SimBase's RTU master in tests and
 * benchmarks. Built by the tests (cc ... -lmodbus); not shipped.
 *
 *   modbus_slave DEVICE UNIT [REPLY_DELAY_MS]
 *   modbus_slave tcp:PORT UNIT [REPLY_DELAY_MS]      (Modbus TCP on 127.0.0.1, one client at a time)
 *
 * Tables: 16 coils, 16 discrete inputs, 16 holding registers, 16 input registers.
 * Discrete input 1 reads 1, input register 1 reads 1234, input register 2 reads 0xBEEF.
 * Loop-back wiring, applied before every reply: discrete input 0 follows coil 0 and input
 * register 0 follows holding register 0, so a master's writes come back as sensor values.
 * Prints "ready" on stdout once the port is open (or listening). An RTU slave exits when the
 * line hangs up; a TCP slave waits for the next client.
 */
#include <errno.h>
#include <modbus.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void serve(modbus_t *ctx, modbus_mapping_t *mb, int delay_ms) {
    uint8_t query[MODBUS_TCP_MAX_ADU_LENGTH];
    for (;;) {
        int rc = modbus_receive(ctx, query);
        if (rc > 0) {
            if (delay_ms > 0) {
                usleep((useconds_t) delay_ms * 1000);
            }
            /* Apply the request first, so that the loop-back is visible to the next read. */
            modbus_reply(ctx, query, rc, mb);
            mb->tab_input_bits[0] = mb->tab_bits[0];
            mb->tab_input_registers[0] = mb->tab_registers[0];
        } else if (rc == -1 && errno != EMBBADCRC && errno != ETIMEDOUT && errno != EMBBADDATA
                   && errno != EMBMDATA && errno != EMBXILFUN && errno != EMBXILADD && errno != EMBXILVAL) {
            return; /* line hung up or client gone */
        }
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s DEVICE UNIT [REPLY_DELAY_MS]\n", argv[0]);
        return 2;
    }
    int unit = atoi(argv[2]);
    int delay_ms = argc > 3 ? atoi(argv[3]) : 0;
    int tcp = strncmp(argv[1], "tcp:", 4) == 0;
    modbus_t *ctx = tcp ? modbus_new_tcp("127.0.0.1", atoi(argv[1] + 4)) : modbus_new_rtu(argv[1], 115200, 'N', 8, 1);
    if (ctx == NULL || modbus_set_slave(ctx, unit) == -1) {
        fprintf(stderr, "modbus_slave: %s: %s\n", argv[1], modbus_strerror(errno));
        return 1;
    }
    modbus_mapping_t *mb = modbus_mapping_new(16, 16, 16, 16);
    if (mb == NULL) {
        fprintf(stderr, "modbus_slave: mapping: %s\n", modbus_strerror(errno));
        return 1;
    }
    mb->tab_input_bits[1] = 1;
    mb->tab_input_registers[1] = 1234;
    mb->tab_input_registers[2] = 0xBEEF;
    if (tcp) {
        int server = modbus_tcp_listen(ctx, 1);
        if (server == -1) {
            fprintf(stderr, "modbus_slave: listen %s: %s\n", argv[1], modbus_strerror(errno));
            return 1;
        }
        printf("ready\n");
        fflush(stdout);
        for (;;) {
            if (modbus_tcp_accept(ctx, &server) == -1) {
                fprintf(stderr, "modbus_slave: accept: %s\n", modbus_strerror(errno));
                break;
            }
            serve(ctx, mb, delay_ms);
            modbus_close(ctx);
        }
        close(server);
    } else {
        if (modbus_connect(ctx) == -1) {
            fprintf(stderr, "modbus_slave: %s: %s\n", argv[1], modbus_strerror(errno));
            return 1;
        }
        printf("ready\n");
        fflush(stdout);
        serve(ctx, mb, delay_ms);
        modbus_close(ctx);
    }
    modbus_mapping_free(mb);
    modbus_free(ctx);
    return 0;
}
