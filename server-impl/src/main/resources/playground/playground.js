'use strict';

/*
 * The Playground: a sign-in helper, a guided step-up journey and Swagger UI over the contract this
 * server serves. Every call goes to this server only; the page runs under a Content-Security-Policy
 * of 'self', so it has no inline script, style or event handler.
 */
(() => {
  const API = new URL('../', window.location.href).href;             // http://host:port/api/
  const TOKEN_URL = API + 'sandbox/v1/oauth2/token';
  const REFRESH_BEFORE_EXPIRY_MS = 30 * 1000;

  const byId = (id) => document.getElementById(id);

  /** A version 4 UUID; crypto.randomUUID needs a secure context, which a LAN address is not. */
  function newUuid() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  function shellQuoted(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
  }

  function pretty(text) {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch (notJson) {
      return text;
    }
  }

  function clock(date) {
    return date.toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: '2-digit'});
  }

  // ---------------------------------------------------------------- one call, as shown on the page

  /** Sends a request to the API and answers it with what was sent and what came back. */
  async function exchange(method, path, headers, body) {
    const request = {method, url: API + path, headers: {uuid: newUuid(), Accept: 'application/json', ...headers}, body};
    let response;
    try {
      const answer = await fetch(request.url, {method, headers: request.headers, body, cache: 'no-store'});
      response = {status: answer.status, body: await answer.text()};
    } catch (failure) {
      response = {status: 0, body: `The server did not answer: ${failure.message}`};
    }
    try {
      response.json = JSON.parse(response.body);
    } catch (notJson) {
      response.json = null;
    }
    return {request, response};
  }

  function curlLine({method, url, headers, body}) {
    const parts = ['curl -s', '-X', method, shellQuoted(url)];
    Object.entries(headers).forEach(([name, value]) => parts.push('-H', shellQuoted(`${name}: ${value}`)));
    if (body) {
      parts.push('--data-raw', shellQuoted(body));
    }
    return parts.join(' ');
  }

  function shortened(name, value) {
    return name === 'Authorization' && value.length > 40 ? `${value.slice(0, 32)}…` : value;
  }

  /** Shows a request, its answer and its curl line in the slot, replacing what was there. */
  function show(slot, {request, response}) {
    const view = byId('exchange').content.firstElementChild.cloneNode(true);
    const head = [`${request.method} ${request.url}`];
    Object.entries(request.headers).forEach(([name, value]) => head.push(`${name}: ${shortened(name, value)}`));
    view.querySelector('.pg-request pre').textContent = head.join('\n') + (request.body ? `\n\n${pretty(request.body)}` : '');
    const answer = view.querySelector('.pg-response');
    answer.classList.add(response.status >= 200 && response.status < 300 ? 'pg-ok' : 'pg-error');
    answer.querySelector('h4').textContent = response.status ? `Response ${response.status}` : 'No response';
    answer.querySelector('pre').textContent = pretty(response.body);
    const curl = view.querySelector('.pg-curl textarea');
    curl.value = curlLine(request);
    view.querySelector('.pg-copy').addEventListener('click', () => copy(curl));
    slot.replaceChildren(view);
  }

  function copy(textarea) {
    textarea.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(textarea.value).catch(() => document.execCommand('copy'));
    } else {
      document.execCommand('copy');
    }
  }

  // ---------------------------------------------------------------- sign-in helper

  const session = {
    clientId: null, secret: null, customer: null, customerName: null,
    token: null, expiresAt: 0, refused: false, refreshTimer: null,
  };

  function chosenClient() {
    const option = byId('client').selectedOptions[0];
    return {id: option.value, secret: option.dataset.secret, scopes: option.dataset.scopes};
  }

  function chosenCustomer() {
    const option = byId('customer').selectedOptions[0];
    return {id: option.value, name: option.textContent.replace(/^\d+ · /, '').replace(/,.*$/, '')};
  }

  function showCredentials() {
    const client = chosenClient();
    byId('client-id').textContent = client.id;
    byId('client-secret').textContent = client.secret;
    byId('client-scopes').textContent = client.scopes;
  }

  function basic(id, secret) {
    return `Basic ${btoa(`${id}:${secret}`)}`;
  }

  function tokenCall(client, customer) {
    return exchange('POST', 'sandbox/v1/oauth2/token', {
      Authorization: basic(client.id, client.secret),
      client_id: client.id,
      'Content-Type': 'application/x-www-form-urlencoded',
    }, `grant_type=client_credentials&customer=${encodeURIComponent(customer.id)}`);
  }

  async function signIn(client, customer) {
    const result = await tokenCall(client, customer);
    show(byId('sign-in-exchange'), result);
    if (result.response.status !== 200 || !result.response.json) {
      showSession(`Sign-in failed (${result.response.status}): see the answer below.`, 'pg-error');
      byId('sign-in-exchange').closest('details').open = true;
      return false;
    }
    const answer = result.response.json;
    Object.assign(session, {
      clientId: client.id, secret: client.secret, customer: customer.id, customerName: customer.name,
      token: answer.access_token, expiresAt: Date.now() + answer.expires_in * 1000, refused: false,
    });
    clearTimeout(session.refreshTimer);
    session.refreshTimer = setTimeout(refresh, Math.max(0, session.expiresAt - Date.now() - REFRESH_BEFORE_EXPIRY_MS));
    describeSession();
    document.querySelectorAll('#reset-button, [data-needs-session]').forEach((button) => {
      button.disabled = false;
    });
    byId('journey-hint').hidden = true;
    return true;
  }

  /** A new token for the same client and customer, before the old one expires. */
  function refresh() {
    if (session.clientId) {
      signIn({id: session.clientId, secret: session.secret}, {id: session.customer, name: session.customerName});
    }
  }

  function showSession(text, kind) {
    const status = byId('session');
    status.textContent = text;
    status.className = `pg-session ${kind || ''}`;
  }

  function describeSession() {
    if (!session.token) {
      return;
    }
    const minutes = Math.max(0, Math.round((session.expiresAt - Date.now()) / 60000));
    const who = `Signed in as ${session.clientId} for customer ${session.customer} (${session.customerName}).`;
    showSession(session.refused
        ? `${who} The server refused the token (401); a new one is fetched for the next call.`
        : `${who} The token expires at ${clock(new Date(session.expiresAt))} (in ${minutes} min); a new one is fetched then.`,
    session.refused ? 'pg-error' : 'pg-ok');
  }

  /** The session's token, a new one first when it has expired or the server refused it. */
  async function currentToken() {
    if (session.clientId && (session.refused || Date.now() >= session.expiresAt - REFRESH_BEFORE_EXPIRY_MS)) {
      await signIn({id: session.clientId, secret: session.secret}, {id: session.customer, name: session.customerName});
    }
    return session.token;
  }

  function tokenRefused() {
    session.refused = true;
    describeSession();
  }

  /** A call with the session's token, client_id and a fresh uuid; a 401 marks the token refused. */
  async function call(method, path, body) {
    const token = await currentToken();
    const headers = token ? {Authorization: `Bearer ${token}`, client_id: session.clientId} : {};
    if (body) {
      headers['Content-Type'] = 'application/json';
    }
    const result = await exchange(method, path, headers, body);
    if (result.response.status === 401) {
      tokenRefused();
    }
    return result;
  }

  // ---------------------------------------------------------------- reset

  async function reset() {
    const note = byId('reset-result');
    note.textContent = '';
    const result = await call('POST', 'sandbox/v1/customers/reset');
    if (result.response.status === 200) {
      note.textContent = `${session.customerName}'s data is back as it was seeded.`;
      note.className = 'pg-ok';
      journey.restart();
    } else {
      note.textContent = `Not reset: ${result.response.status} ${result.response.body}`;
      note.className = 'pg-error';
    }
  }

  // ---------------------------------------------------------------- step-up journey

  const EXAMPLE_CHANGES = {
    emails: {emails: [{emailAddress: 'playground@example.org', preferredEmailFlag: true, emailType: 'PERSONAL'}]},
    phoneNumbers: {phones: [{phoneType: 'MOBILE', phoneCountryCode: '61', phoneNumber: '491570006', preferredPhoneFlag: true}]},
  };

  const journey = {
    flow: null,

    kind() {
      return document.querySelector('input[name="journey-kind"]:checked').value;
    },

    restart() {
      this.setFlow(null);
      byId('change-body').value = JSON.stringify(EXAMPLE_CHANGES[this.kind()], null, 2);
      byId('otp').value = '';
      document.querySelectorAll('#journey .pg-steps .pg-exchange-slot').forEach((slot) => slot.replaceChildren());
      this.markCurrent('change');
    },

    setFlow(flow) {
      this.flow = flow;
      byId('control-flow').textContent = flow || 'none yet';
      document.querySelectorAll('#journey [data-needs-flow]').forEach((button) => {
        button.disabled = !flow;
      });
    },

    markCurrent(step) {
      document.querySelectorAll('#journey .pg-steps > li').forEach((item) => {
        item.classList.toggle('pg-current', item.dataset.step === step);
      });
    },

    slot(step) {
      return document.querySelector(`#journey li[data-step="${step}"] .pg-exchange-slot`);
    },

    async run(step) {
      const kind = this.kind();
      const flowBody = () => JSON.stringify({controlFlowId: this.flow});
      const steps = {
        change: () => call('PUT', `v1/customers/profiles/${kind}`, byId('change-body').value),
        send: () => call('POST', 'v1/mfa/otp',
            JSON.stringify({controlFlowId: this.flow, otpDeliveryOption: byId('otp-delivery').value})),
        outbox: () => call('GET', `sandbox/v1/otpOutbox?controlFlowId=${encodeURIComponent(this.flow)}`),
        validate: () => call('PUT', 'v1/mfa/otp', JSON.stringify({controlFlowId: this.flow, otpToken: byId('otp').value})),
        confirm: () => call('POST', `v1/customers/profiles/${kind}/confirmation`, flowBody()),
        read: () => call('GET', `v1/customers/profiles/${kind}`),
      };
      const result = await steps[step]();
      show(this.slot(step), result);
      this.afterwards(step, result.response);
    },

    afterwards(step, response) {
      const ok = response.status >= 200 && response.status < 300;
      if (step === 'change' && response.status === 403 && response.json && response.json.moreInfo) {
        this.setFlow(response.json.moreInfo.controlFlowId);
        this.markCurrent('send');
      } else if (step === 'change' && ok) {
        this.markCurrent('read');
      } else if (step === 'send' && ok) {
        this.markCurrent('outbox');
      } else if (step === 'outbox' && ok) {
        const message = ((response.json && response.json.messages) || [])[0];
        const password = message && /\b(\d{6})\b/.exec(message.messageText);
        if (password) {
          byId('otp').value = password[1];
          this.markCurrent('validate');
        }
      } else if (step === 'validate' && ok) {
        this.markCurrent('confirm');
      } else if (step === 'confirm' && ok) {
        this.markCurrent('read');
      }
    },
  };

  // ---------------------------------------------------------------- Swagger UI

  function isApiCall(url) {
    return url.startsWith(API) && !url.startsWith(new URL('./', window.location.href).href);
  }

  /**
   * Swagger UI leaves out header parameters named Authorization, so the token goes in here, with
   * the signed-in client_id and a fresh uuid. The token call gets the chosen client's credentials.
   */
  async function intercepted(request) {
    if (!isApiCall(request.url)) {
      return request;
    }
    request.headers.uuid = newUuid();
    if (request.url.split('?')[0] === TOKEN_URL) {
      const client = chosenClient();
      request.headers.Authorization = basic(client.id, client.secret);
      request.headers.client_id = client.id;
      return request;
    }
    const token = await currentToken();
    if (token) {
      request.headers.Authorization = `Bearer ${token}`;
      request.headers.client_id = session.clientId;
    }
    return request;
  }

  function answered(response) {
    if (isApiCall(response.url) && response.url.split('?')[0] !== TOKEN_URL && response.status === 401 && session.token) {
      tokenRefused();
    }
    return response;
  }

  /** The sign-in helper replaces Swagger UI's authorization dialog, which cannot name a customer. */
  const WithoutAuthorizeButtons = () => ({
    components: {
      authorizeBtn: () => null,
      authorizeOperationBtn: () => null,
    },
  });

  window.ui = SwaggerUIBundle({
    url: 'customers-api.json',
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [WithoutAuthorizeButtons],
    layout: 'BaseLayout',
    deepLinking: true,
    docExpansion: 'list',
    tryItOutEnabled: true,
    displayRequestDuration: true,
    filter: true,
    validatorUrl: null,
    requestInterceptor: intercepted,
    responseInterceptor: answered,
  });

  // ---------------------------------------------------------------- wiring

  byId('client').addEventListener('change', showCredentials);
  byId('sign-in-button').addEventListener('click', () => signIn(chosenClient(), chosenCustomer()));
  byId('reset-button').addEventListener('click', reset);
  document.querySelectorAll('input[name="journey-kind"]').forEach((radio) => {
    radio.addEventListener('change', () => journey.restart());
  });
  document.querySelectorAll('#journey [data-action]').forEach((button) => {
    button.addEventListener('click', () => journey.run(button.dataset.action));
  });
  setInterval(describeSession, 30 * 1000);
  showCredentials();
  journey.restart();
})();
