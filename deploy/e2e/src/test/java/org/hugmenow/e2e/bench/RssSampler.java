package org.hugmenow.e2e.bench;

/** Samples a process's resident set size every 200 ms and keeps the peak. */
final class RssSampler {

    private final long pid;
    private volatile boolean running = true;
    private volatile long peakMb;
    private Thread thread;

    RssSampler(long pid) {
        this.pid = pid;
    }

    void start() {
        thread = new Thread(() -> {
            while (running) {
                try {
                    peakMb = Math.max(peakMb, Benchmark.rssMb(pid));
                    Thread.sleep(200);
                } catch (Exception e) {
                    return;
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join();
    }

    long peakMb() {
        return peakMb;
    }
}
