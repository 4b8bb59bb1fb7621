// The npm side-effect entry, as a bundler user's page would load it (bare "lit" imports resolved by the test server).
import '/dist/npm/src/define.js';
