import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KerasCosineDecayRestartsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/KerasCosineDecayRestartsOptions.md","filePath":"api/core/interfaces/KerasCosineDecayRestartsOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/KerasCosineDecayRestartsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / KerasCosineDecayRestartsOptions</p><h1 id="interface-kerascosinedecayrestartsoptions" tabindex="-1">Interface: KerasCosineDecayRestartsOptions <a class="header-anchor" href="#interface-kerascosinedecayrestartsoptions" aria-label="Permalink to &quot;Interface: KerasCosineDecayRestartsOptions&quot;">​</a></h1><p>Options of <a href="./../functions/kerasCosineDecayRestarts">kerasCosineDecayRestarts</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="alpha" tabindex="-1">alpha? <a class="header-anchor" href="#alpha" aria-label="Permalink to &quot;alpha?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>alpha?</strong>: <code>number</code></p></blockquote><p>The floor as a fraction of initialLearningRate. Default 0.</p><hr><h3 id="firstdecaysteps" tabindex="-1">firstDecaySteps <a class="header-anchor" href="#firstdecaysteps" aria-label="Permalink to &quot;firstDecaySteps&quot;">​</a></h3><blockquote><p><strong>firstDecaySteps</strong>: <code>number</code></p></blockquote><hr><h3 id="initiallearningrate" tabindex="-1">initialLearningRate <a class="header-anchor" href="#initiallearningrate" aria-label="Permalink to &quot;initialLearningRate&quot;">​</a></h3><blockquote><p><strong>initialLearningRate</strong>: <code>number</code></p></blockquote><hr><h3 id="mmul" tabindex="-1">mMul? <a class="header-anchor" href="#mmul" aria-label="Permalink to &quot;mMul?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>mMul?</strong>: <code>number</code></p></blockquote><p>Each period starts at mMul times the previous peak. Default 1.</p><hr><h3 id="tmul" tabindex="-1">tMul? <a class="header-anchor" href="#tmul" aria-label="Permalink to &quot;tMul?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>tMul?</strong>: <code>number</code></p></blockquote><p>Each period is tMul times longer. Default 2.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/KerasCosineDecayRestartsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KerasCosineDecayRestartsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KerasCosineDecayRestartsOptions as default
};
