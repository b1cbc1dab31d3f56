import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: fromTorch()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/fromTorch.md","filePath":"api/core/functions/fromTorch.md"}');
const _sfc_main = { name: "api/core/functions/fromTorch.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / fromTorch</p><h1 id="function-fromtorch" tabindex="-1">Function: fromTorch() <a class="header-anchor" href="#function-fromtorch" aria-label="Permalink to &quot;Function: fromTorch()&quot;">​</a></h1><blockquote><p><strong>fromTorch</strong>(<code>optimizer</code>, <code>config</code>): <a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p></blockquote><p>Builds a scheduler from a PyTorch configuration, so a Python config ports verbatim: <code>fromTorch(optimizer, { scheduler: &#39;CosineAnnealingLR&#39;, kwargs: { T_max: 100, eta_min: 0.001 } })</code>. Unknown names and keywords are errors that list the valid ones.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="optimizer" tabindex="-1">optimizer <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer&quot;">​</a></h3><p><a href="./../interfaces/Optimizer"><code>Optimizer</code></a></p><h3 id="config" tabindex="-1">config <a class="header-anchor" href="#config" aria-label="Permalink to &quot;config&quot;">​</a></h3><p><a href="./../interfaces/TorchSchedulerConfig"><code>TorchSchedulerConfig</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/fromTorch.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fromTorch = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fromTorch as default
};
