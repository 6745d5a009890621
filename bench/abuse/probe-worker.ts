import { parentPort, workerData } from 'node:worker_threads';
import { Request } from '../suite/query-set';
import { AbuseAnswer, send } from './requests';

/**
 * The abusive client on its own thread: its latencies then measure the service, not the event
 * loop of the process that also drives the normal load (autocannon). Sends back to back until
 * the parent posts 'stop', then posts every answer.
 */
const { baseUrl, request } = workerData as { baseUrl: string; request: Request };
let running = true;
parentPort!.once('message', () => (running = false));
void (async () => {
  const answers: AbuseAnswer[] = [];
  while (running) answers.push(await send(baseUrl, request));
  parentPort!.postMessage(answers);
})();
