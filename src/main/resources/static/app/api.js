// Calls to the service's /api/v1, with its API token when it has one (kept in this tab's sessionStorage only).

const API = '/api/v1';
const TOKEN_KEY = 'commonplan.token';

/** A refusal of the service, with its problem details (RFC 9457) when it sent them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) || `The service answered ${status}.`);
    this.status = status;
    this.problem = problem || {};
  }
}

let tokenWanted = () => {};

/** Called when the service asks for a token (401): the page shows its token form. */
export function onTokenWanted(callback) {
  tokenWanted = callback;
}

export function setToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

function headers(extra) {
  const result = Object.assign({}, extra);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) {
    result.Authorization = 'Bearer ' + token;
  }
  return result;
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}

/** Fetches a path under /api/v1 and gives the Response, or throws ApiError for any answer but 2xx. */
export async function call(path, options = {}) {
  const response = await fetch(API + path, Object.assign({}, options, { headers: headers(options.headers) }));
  if (response.status === 401) {
    tokenWanted();
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  return response;
}

export async function json(path, options) {
  return (await call(path, options)).json();
}

export function postJson(path, body) {
  return json(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/**
 * Sends a bundle to validate or solve: a zip (Blob), CSV files (multipart, parts named by file name) or a JSON
 * document, as the service takes each.
 */
export function postBundle(path, bundle) {
  if (bundle.kind === 'zip') {
    return json(path, { method: 'POST', headers: { 'Content-Type': 'application/zip' }, body: bundle.blob });
  }
  if (bundle.kind === 'json') {
    return json(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bundle.blob });
  }
  const form = new FormData();
  for (const file of bundle.files) {
    form.append(file.name, file, file.name);
  }
  return json(path, { method: 'POST', body: form });
}

/** Saves an answer as a file the browser downloads (a link could not carry the token). */
export async function download(path, fallbackName) {
  const response = await call(path);
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = match ? match[1] : fallbackName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return blob;
}

/**
 * Follows a job's server-sent events through fetch (EventSource cannot send the token): calls onEvent(name, data)
 * for each, and resolves when the stream ends. abort() on the returned controller stops following.
 */
export function follow(id, onEvent) {
  const controller = new AbortController();
  const done = (async () => {
    const response = await call(`/schedules/${encodeURIComponent(id)}/events`,
      { headers: { Accept: 'text/event-stream' }, signal: controller.signal });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done: ended } = await reader.read();
      if (ended) {
        break;
      }
      buffer += value.replace(/\r\n/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const chunk = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = 'message';
        const data = [];
        for (const line of chunk.split('\n')) {
          if (line.startsWith('event:')) {
            name = line.slice(6).trim();
          } else if (line.startsWith('data:')) {
            data.push(line.slice(5).replace(/^ /, ''));
          }
        }
        if (data.length) {
          onEvent(name, JSON.parse(data.join('\n')));
        }
      }
    }
  })();
  return { controller, done };
}
