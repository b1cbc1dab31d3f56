import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HfInverseSqrtOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/HfInverseSqrtOptions.md","filePath":"api/core/interfaces/HfInverseSqrtOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/HfInverseSqrtOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / HfInverseSqrtOptions</p><h1 id="interface-hfinversesqrtoptions" tabindex="-1">Interface: HfInverseSqrtOptions <a class="header-anchor" href="#interface-hfinversesqrtoptions" aria-label="Permalink to &quot;Interface: HfInverseSqrtOptions&quot;">​</a></h1><p>Options of <a href="./../functions/hfInverseSqrt">hfInverseSqrt</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="numwarmupsteps" tabindex="-1">numWarmupSteps <a class="header-anchor" href="#numwarmupsteps" aria-label="Permalink to &quot;numWarmupSteps&quot;">​</a></h3><blockquote><p><strong>numWarmupSteps</strong>: <code>number</code></p></blockquote><hr><h3 id="timescale" tabindex="-1">timescale? <a class="header-anchor" href="#timescale" aria-label="Permalink to &quot;timescale?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>timescale?</strong>: <code>number</code></p></blockquote><p>Default numWarmupSteps, or 10000 when there is no warmup.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/HfInverseSqrtOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfInverseSqrtOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfInverseSqrtOptions as default
};
