// The API reference: Scalar's reference over the app's OpenAPI description. Under the Functions host the API needs a
// function key: open the page with ?code=<key> and the description, and every request tried from the page, carry it.
'use strict';

(() => {
  const code = new URLSearchParams(window.location.search).get('code');
  const description = new URL('/api/openapi.json', window.location.origin);
  if (code) description.searchParams.set('code', code);
  window.Scalar.createApiReference('#reference', {
    url: description.pathname + description.search,
    hideClientButton: false,
    withDefaultFonts: false,
    authentication: code ? { preferredSecurityScheme: 'functionKey', apiKey: { token: code } } : undefined,
  });
  document.body.dataset.state = 'ready';
})();
