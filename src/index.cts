// The CommonJS entry (`require('zhibiao')`): the package is an ES module, which Node ≥ 20.19
// loads with require() as it is. Requiring it from here, inside node_modules, spares the
// consumer Node's experimental-feature warning; an older Node gets a message saying what to do.
let api: typeof import('./index.js');
try {
  api = require('./index.js');
} catch (error) {
  if ((error as { code?: unknown }).code !== 'ERR_REQUIRE_ESM') throw error;
  throw new Error(`zhibiao is an ES module: require('zhibiao') needs Node >= 20.19 (this is ${process.version}); upgrade Node, or use import('zhibiao')`, { cause: error });
}
module.exports = api;
