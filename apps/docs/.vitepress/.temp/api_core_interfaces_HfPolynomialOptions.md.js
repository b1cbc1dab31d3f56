import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HfPolynomialOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/HfPolynomialOptions.md","filePath":"api/core/interfaces/HfPolynomialOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/HfPolynomialOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / HfPolynomialOptions</p><h1 id="interface-hfpolynomialoptions" tabindex="-1">Interface: HfPolynomialOptions <a class="header-anchor" href="#interface-hfpolynomialoptions" aria-label="Permalink to &quot;Interface: HfPolynomialOptions&quot;">​</a></h1><p>Options of <a href="./../functions/hfPolynomial">hfPolynomial</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lrend" tabindex="-1">lrEnd? <a class="header-anchor" href="#lrend" aria-label="Permalink to &quot;lrEnd?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lrEnd?</strong>: <code>number</code></p></blockquote><p>The absolute lr reached at numTrainingSteps. Default 1e-7.</p><hr><h3 id="lrinit" tabindex="-1">lrInit <a class="header-anchor" href="#lrinit" aria-label="Permalink to &quot;lrInit&quot;">​</a></h3><blockquote><p><strong>lrInit</strong>: <code>number</code></p></blockquote><p>The optimizer&#39;s lr (transformers reads <code>optimizer.defaults[&#39;lr&#39;]</code>); must exceed lrEnd.</p><hr><h3 id="numtrainingsteps" tabindex="-1">numTrainingSteps <a class="header-anchor" href="#numtrainingsteps" aria-label="Permalink to &quot;numTrainingSteps&quot;">​</a></h3><blockquote><p><strong>numTrainingSteps</strong>: <code>number</code></p></blockquote><hr><h3 id="numwarmupsteps" tabindex="-1">numWarmupSteps <a class="header-anchor" href="#numwarmupsteps" aria-label="Permalink to &quot;numWarmupSteps&quot;">​</a></h3><blockquote><p><strong>numWarmupSteps</strong>: <code>number</code></p></blockquote><hr><h3 id="power" tabindex="-1">power? <a class="header-anchor" href="#power" aria-label="Permalink to &quot;power?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>power?</strong>: <code>number</code></p></blockquote><p>Default 1.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/HfPolynomialOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfPolynomialOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfPolynomialOptions as default
};
