import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseTorchString()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/parseTorchString.md","filePath":"api/core/functions/parseTorchString.md"}');
const _sfc_main = { name: "api/core/functions/parseTorchString.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / parseTorchString</p><h1 id="function-parsetorchstring" tabindex="-1">Function: parseTorchString() <a class="header-anchor" href="#function-parsetorchstring" aria-label="Permalink to &quot;Function: parseTorchString()&quot;">​</a></h1><blockquote><p><strong>parseTorchString</strong>(<code>source</code>): <a href="./../interfaces/TorchSchedulerConfig"><code>TorchSchedulerConfig</code></a></p></blockquote><p>Reads a PyTorch scheduler written as Python, for command lines and config files: <code>parseTorchString(&quot;CosineAnnealingLR(T_max=100, eta_min=1e-3)&quot;)</code> → <code>{ scheduler: &#39;CosineAnnealingLR&#39;, kwargs: { T_max: 100, eta_min: 0.001 } }</code>, ready for <code>fromTorch(optimizer, config)</code>. Python literals only (ints, floats, True/False/None, strings, lists, tuples) and nested calls (SequentialLR&#39;s schedulers); the optimizer argument may be written as a name (<code>StepLR(optimizer, step_size=30)</code>) and is skipped; positional arguments follow PyTorch&#39;s order. Nothing is evaluated; errors give the column.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/TorchSchedulerConfig"><code>TorchSchedulerConfig</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/parseTorchString.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseTorchString = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseTorchString as default
};
