import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BindOptimizerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/BindOptimizerOptions.md","filePath":"api/tfjs/interfaces/BindOptimizerOptions.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/BindOptimizerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / BindOptimizerOptions</p><h1 id="interface-bindoptimizeroptions" tabindex="-1">Interface: BindOptimizerOptions <a class="header-anchor" href="#interface-bindoptimizeroptions" aria-label="Permalink to &quot;Interface: BindOptimizerOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="biascorrection" tabindex="-1">biasCorrection? <a class="header-anchor" href="#biascorrection" aria-label="Permalink to &quot;biasCorrection?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>biasCorrection?</strong>: <a href="./../type-aliases/BiasCorrection"><code>BiasCorrection</code></a></p></blockquote><p>Adam/Adamax only: see <a href="./../type-aliases/BiasCorrection">BiasCorrection</a>. Default <code>&#39;product&#39;</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/BindOptimizerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BindOptimizerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BindOptimizerOptions as default
};
