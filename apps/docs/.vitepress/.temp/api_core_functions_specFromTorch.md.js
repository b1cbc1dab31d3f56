import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: specFromTorch()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/specFromTorch.md","filePath":"api/core/functions/specFromTorch.md"}');
const _sfc_main = { name: "api/core/functions/specFromTorch.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / specFromTorch</p><h1 id="function-specfromtorch" tabindex="-1">Function: specFromTorch() <a class="header-anchor" href="#function-specfromtorch" aria-label="Permalink to &quot;Function: specFromTorch()&quot;">​</a></h1><blockquote><p><strong>specFromTorch</strong>(<code>config</code>): <a href="./../interfaces/SchedulerSpec"><code>SchedulerSpec</code></a></p></blockquote><p>The lrkit spec of a PyTorch configuration (<code>fromTorch</code>&#39;s input, or <code>parseTorchString</code>&#39;s output): PyTorch&#39;s keyword names become lrkit&#39;s camelCase options, nested schedulers become nested specs, None means the default. Callables (lr_lambda, scale_fn) have no spec.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="config" tabindex="-1">config <a class="header-anchor" href="#config" aria-label="Permalink to &quot;config&quot;">​</a></h3><p><a href="./../interfaces/TorchSchedulerConfig"><code>TorchSchedulerConfig</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SchedulerSpec"><code>SchedulerSpec</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/specFromTorch.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const specFromTorch = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  specFromTorch as default
};
