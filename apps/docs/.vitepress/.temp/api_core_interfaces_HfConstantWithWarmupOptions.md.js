import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HfConstantWithWarmupOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/HfConstantWithWarmupOptions.md","filePath":"api/core/interfaces/HfConstantWithWarmupOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/HfConstantWithWarmupOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / HfConstantWithWarmupOptions</p><h1 id="interface-hfconstantwithwarmupoptions" tabindex="-1">Interface: HfConstantWithWarmupOptions <a class="header-anchor" href="#interface-hfconstantwithwarmupoptions" aria-label="Permalink to &quot;Interface: HfConstantWithWarmupOptions&quot;">​</a></h1><p>Options of <a href="./../functions/hfConstantWithWarmup">hfConstantWithWarmup</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="numwarmupsteps" tabindex="-1">numWarmupSteps <a class="header-anchor" href="#numwarmupsteps" aria-label="Permalink to &quot;numWarmupSteps&quot;">​</a></h3><blockquote><p><strong>numWarmupSteps</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/HfConstantWithWarmupOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfConstantWithWarmupOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfConstantWithWarmupOptions as default
};
