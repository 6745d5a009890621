import { HeaderMap } from '@apollo/server';
import { Admission } from '../../config/env';
import { AppError } from '../../errors/app-error';

interface Waiter {
  grant(): void;
}

/**
 * At most `maxConcurrent` operations execute at once; up to `maxQueued` more wait at most
 * `queueTimeoutMs` for a turn. Beyond that a request is refused at once with a retryable
 * SERVICE_UNAVAILABLE, instead of every client queueing on the driver's connection pool.
 */
export class AdmissionGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: Admission) {}

  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  /** Resolves with the function that gives the slot back (calling it twice is harmless). */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.running < this.options.maxConcurrent) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.options.maxQueued) return Promise.reject(this.busy());
    return new Promise((resolve, reject) => {
      const leave = (error: Error) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(error);
      };
      const onAbort = () => leave(new AppError('TIMEOUT', 'The request was abandoned while waiting for a turn'));
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => leave(this.busy()), this.options.queueTimeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next waiter, so `running` never dips while work queues.
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.running -= 1;
    };
  }

  private busy(): AppError {
    const error = new AppError(
      'SERVICE_UNAVAILABLE',
      `The server is at capacity (${this.running} operations running, ${this.waiting.length} waiting); retry in a moment`,
    );
    Object.assign(error.extensions, { retryable: true, http: { status: 503, headers: new HeaderMap([['retry-after', '1']]) } });
    return error;
  }
}
