import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KerasPolynomialDecayOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/KerasPolynomialDecayOptions.md","filePath":"api/core/interfaces/KerasPolynomialDecayOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/KerasPolynomialDecayOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / KerasPolynomialDecayOptions</p><h1 id="interface-keraspolynomialdecayoptions" tabindex="-1">Interface: KerasPolynomialDecayOptions <a class="header-anchor" href="#interface-keraspolynomialdecayoptions" aria-label="Permalink to &quot;Interface: KerasPolynomialDecayOptions&quot;">​</a></h1><p>Options of <a href="./../functions/kerasPolynomialDecay">kerasPolynomialDecay</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cycle" tabindex="-1">cycle? <a class="header-anchor" href="#cycle" aria-label="Permalink to &quot;cycle?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cycle?</strong>: <code>boolean</code></p></blockquote><p>Default false.</p><hr><h3 id="decaysteps" tabindex="-1">decaySteps <a class="header-anchor" href="#decaysteps" aria-label="Permalink to &quot;decaySteps&quot;">​</a></h3><blockquote><p><strong>decaySteps</strong>: <code>number</code></p></blockquote><hr><h3 id="endlearningrate" tabindex="-1">endLearningRate? <a class="header-anchor" href="#endlearningrate" aria-label="Permalink to &quot;endLearningRate?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>endLearningRate?</strong>: <code>number</code></p></blockquote><p>Default 0.0001.</p><hr><h3 id="initiallearningrate" tabindex="-1">initialLearningRate <a class="header-anchor" href="#initiallearningrate" aria-label="Permalink to &quot;initialLearningRate&quot;">​</a></h3><blockquote><p><strong>initialLearningRate</strong>: <code>number</code></p></blockquote><hr><h3 id="power" tabindex="-1">power? <a class="header-anchor" href="#power" aria-label="Permalink to &quot;power?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>power?</strong>: <code>number</code></p></blockquote><p>Default 1.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/KerasPolynomialDecayOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KerasPolynomialDecayOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KerasPolynomialDecayOptions as default
};
