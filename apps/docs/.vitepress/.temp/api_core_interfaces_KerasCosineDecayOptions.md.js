import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KerasCosineDecayOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/KerasCosineDecayOptions.md","filePath":"api/core/interfaces/KerasCosineDecayOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/KerasCosineDecayOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / KerasCosineDecayOptions</p><h1 id="interface-kerascosinedecayoptions" tabindex="-1">Interface: KerasCosineDecayOptions <a class="header-anchor" href="#interface-kerascosinedecayoptions" aria-label="Permalink to &quot;Interface: KerasCosineDecayOptions&quot;">​</a></h1><p>Options of <a href="./../functions/kerasCosineDecay">kerasCosineDecay</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="alpha" tabindex="-1">alpha? <a class="header-anchor" href="#alpha" aria-label="Permalink to &quot;alpha?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>alpha?</strong>: <code>number</code></p></blockquote><p>The floor as a fraction of the decay&#39;s start. Default 0.</p><hr><h3 id="decaysteps" tabindex="-1">decaySteps <a class="header-anchor" href="#decaysteps" aria-label="Permalink to &quot;decaySteps&quot;">​</a></h3><blockquote><p><strong>decaySteps</strong>: <code>number</code></p></blockquote><hr><h3 id="initiallearningrate" tabindex="-1">initialLearningRate <a class="header-anchor" href="#initiallearningrate" aria-label="Permalink to &quot;initialLearningRate&quot;">​</a></h3><blockquote><p><strong>initialLearningRate</strong>: <code>number</code></p></blockquote><hr><h3 id="warmupsteps" tabindex="-1">warmupSteps? <a class="header-anchor" href="#warmupsteps" aria-label="Permalink to &quot;warmupSteps?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>warmupSteps?</strong>: <code>number</code></p></blockquote><p>Default 0.</p><hr><h3 id="warmuptarget" tabindex="-1">warmupTarget? <a class="header-anchor" href="#warmuptarget" aria-label="Permalink to &quot;warmupTarget?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>warmupTarget?</strong>: <code>number</code></p></blockquote><p>The lr the warmup climbs to; omitted: no warmup.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/KerasCosineDecayOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KerasCosineDecayOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KerasCosineDecayOptions as default
};
