/*
 * Measures a Modbus RTU slave's turnaround on a pty: writes one request, waits in poll() for
 * the reply's first byte and timestamps it, then reads the whole reply and checks its CRC.
 * The figure is request-written to first-reply-byte-readable, i.e. the slave's turnaround plus
 * two pty hops (a few microseconds). Built by the bridge benchmark; not shipped.
 *
 *   rtu_turnaround DEVICE UNIT FC ADDRESS COUNT TRANSACTIONS
 *
 * Prints: transactions=N p50_us=... p99_us=... p999_us=... max_us=... errors=N
 */
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static uint16_t crc16(const uint8_t *b, int n) {
    uint16_t crc = 0xFFFF;
    for (int i = 0; i < n; i++) {
        crc ^= b[i];
        for (int k = 0; k < 8; k++) {
            crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
        }
    }
    return crc;
}

static long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000L + ts.tv_nsec;
}

static int cmp(const void *a, const void *b) {
    long x = *(const long *) a, y = *(const long *) b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc != 7) {
        fprintf(stderr, "usage: %s DEVICE UNIT FC ADDRESS COUNT TRANSACTIONS\n", argv[0]);
        return 2;
    }
    int unit = atoi(argv[2]), fc = atoi(argv[3]), addr = atoi(argv[4]), count = atoi(argv[5]), n = atoi(argv[6]);
    int fd = open(argv[1], O_RDWR | O_NOCTTY);
    if (fd < 0) {
        perror(argv[1]);
        return 1;
    }
    struct termios t;
    tcgetattr(fd, &t);
    cfmakeraw(&t);
    tcsetattr(fd, TCSANOW, &t);
    uint8_t req[8] = {unit, fc, addr >> 8, addr & 0xFF, count >> 8, count & 0xFF};
    uint16_t c = crc16(req, 6);
    req[6] = c & 0xFF;
    req[7] = c >> 8;
    int replyLen = 5 + ((fc <= 2) ? (count + 7) / 8 : count * 2);
    long *lat = malloc(sizeof(long) * n);
    int ok = 0, errors = 0;
    uint8_t rep[300];
    for (int i = 0; i < n; i++) {
        long t0 = now_ns();
        if (write(fd, req, 8) != 8) {
            errors++;
            continue;
        }
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 1000) != 1) {
            errors++;
            continue;
        }
        long t1 = now_ns();
        int got = 0;
        while (got < replyLen) {
            if (poll(&p, 1, 1000) != 1) {
                break;
            }
            int r = read(fd, rep + got, replyLen - got);
            if (r <= 0) {
                break;
            }
            got += r;
        }
        uint16_t rc = crc16(rep, replyLen - 2);
        if (got != replyLen || rep[replyLen - 2] != (rc & 0xFF) || rep[replyLen - 1] != (rc >> 8)) {
            errors++;
            tcflush(fd, TCIFLUSH);
            continue;
        }
        lat[ok++] = t1 - t0;
    }
    qsort(lat, ok, sizeof(long), cmp);
    printf("transactions=%d p50_us=%.1f p99_us=%.1f p999_us=%.1f max_us=%.1f errors=%d\n", ok,
           ok ? lat[ok / 2] / 1e3 : 0.0, ok ? lat[(int) (ok * 0.99)] / 1e3 : 0.0,
           ok ? lat[(int) (ok * 0.999)] / 1e3 : 0.0, ok ? lat[ok - 1] / 1e3 : 0.0, errors);
    return 0;
}
