import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HfCosineWithMinLrOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/HfCosineWithMinLrOptions.md","filePath":"api/core/interfaces/HfCosineWithMinLrOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/HfCosineWithMinLrOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / HfCosineWithMinLrOptions</p><h1 id="interface-hfcosinewithminlroptions" tabindex="-1">Interface: HfCosineWithMinLrOptions <a class="header-anchor" href="#interface-hfcosinewithminlroptions" aria-label="Permalink to &quot;Interface: HfCosineWithMinLrOptions&quot;">​</a></h1><p>Options of <a href="./../functions/hfCosineWithMinLr">hfCosineWithMinLr</a>.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./HfCosineWarmupWithMinLrOptions"><code>HfCosineWarmupWithMinLrOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lr" tabindex="-1">lr? <a class="header-anchor" href="#lr" aria-label="Permalink to &quot;lr?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lr?</strong>: <code>number</code></p></blockquote><p>The optimizer&#39;s lr (<code>optimizer.defaults[&#39;lr&#39;]</code>), to turn minLr into minLrRate.</p><hr><h3 id="minlr" tabindex="-1">minLr? <a class="header-anchor" href="#minlr" aria-label="Permalink to &quot;minLr?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>minLr?</strong>: <code>number</code></p></blockquote><p>The floor as an absolute lr; needs <code>lr</code>. Give this or minLrRate.</p><hr><h3 id="minlrrate" tabindex="-1">minLrRate? <a class="header-anchor" href="#minlrrate" aria-label="Permalink to &quot;minLrRate?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>minLrRate?</strong>: <code>number</code></p></blockquote><p>The floor as a fraction of the base lr. Give this or minLr.</p><hr><h3 id="numcycles" tabindex="-1">numCycles? <a class="header-anchor" href="#numcycles" aria-label="Permalink to &quot;numCycles?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>numCycles?</strong>: <code>number</code></p></blockquote><p>Default 0.5.</p><hr><h3 id="numtrainingsteps" tabindex="-1">numTrainingSteps <a class="header-anchor" href="#numtrainingsteps" aria-label="Permalink to &quot;numTrainingSteps&quot;">​</a></h3><blockquote><p><strong>numTrainingSteps</strong>: <code>number</code></p></blockquote><hr><h3 id="numwarmupsteps" tabindex="-1">numWarmupSteps <a class="header-anchor" href="#numwarmupsteps" aria-label="Permalink to &quot;numWarmupSteps&quot;">​</a></h3><blockquote><p><strong>numWarmupSteps</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/HfCosineWithMinLrOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfCosineWithMinLrOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfCosineWithMinLrOptions as default
};
