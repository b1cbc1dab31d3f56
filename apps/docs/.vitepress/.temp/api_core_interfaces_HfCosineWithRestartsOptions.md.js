import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HfCosineWithRestartsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/HfCosineWithRestartsOptions.md","filePath":"api/core/interfaces/HfCosineWithRestartsOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/HfCosineWithRestartsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / HfCosineWithRestartsOptions</p><h1 id="interface-hfcosinewithrestartsoptions" tabindex="-1">Interface: HfCosineWithRestartsOptions <a class="header-anchor" href="#interface-hfcosinewithrestartsoptions" aria-label="Permalink to &quot;Interface: HfCosineWithRestartsOptions&quot;">​</a></h1><p>Options of <a href="./../functions/hfCosineWithRestarts">hfCosineWithRestarts</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="numcycles" tabindex="-1">numCycles? <a class="header-anchor" href="#numcycles" aria-label="Permalink to &quot;numCycles?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>numCycles?</strong>: <code>number</code></p></blockquote><p>Number of hard restarts. Default 1.</p><hr><h3 id="numtrainingsteps" tabindex="-1">numTrainingSteps <a class="header-anchor" href="#numtrainingsteps" aria-label="Permalink to &quot;numTrainingSteps&quot;">​</a></h3><blockquote><p><strong>numTrainingSteps</strong>: <code>number</code></p></blockquote><hr><h3 id="numwarmupsteps" tabindex="-1">numWarmupSteps <a class="header-anchor" href="#numwarmupsteps" aria-label="Permalink to &quot;numWarmupSteps&quot;">​</a></h3><blockquote><p><strong>numWarmupSteps</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/HfCosineWithRestartsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfCosineWithRestartsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfCosineWithRestartsOptions as default
};
