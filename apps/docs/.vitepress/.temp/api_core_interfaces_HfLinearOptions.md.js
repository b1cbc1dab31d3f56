import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HfLinearOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/HfLinearOptions.md","filePath":"api/core/interfaces/HfLinearOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/HfLinearOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / HfLinearOptions</p><h1 id="interface-hflinearoptions" tabindex="-1">Interface: HfLinearOptions <a class="header-anchor" href="#interface-hflinearoptions" aria-label="Permalink to &quot;Interface: HfLinearOptions&quot;">​</a></h1><p>Options of <a href="./../functions/hfLinear">hfLinear</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="numtrainingsteps" tabindex="-1">numTrainingSteps <a class="header-anchor" href="#numtrainingsteps" aria-label="Permalink to &quot;numTrainingSteps&quot;">​</a></h3><blockquote><p><strong>numTrainingSteps</strong>: <code>number</code></p></blockquote><hr><h3 id="numwarmupsteps" tabindex="-1">numWarmupSteps <a class="header-anchor" href="#numwarmupsteps" aria-label="Permalink to &quot;numWarmupSteps&quot;">​</a></h3><blockquote><p><strong>numWarmupSteps</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/HfLinearOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfLinearOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfLinearOptions as default
};
