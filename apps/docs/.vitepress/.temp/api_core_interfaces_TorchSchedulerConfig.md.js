import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TorchSchedulerConfig","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/TorchSchedulerConfig.md","filePath":"api/core/interfaces/TorchSchedulerConfig.md"}');
const _sfc_main = { name: "api/core/interfaces/TorchSchedulerConfig.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / TorchSchedulerConfig</p><h1 id="interface-torchschedulerconfig" tabindex="-1">Interface: TorchSchedulerConfig <a class="header-anchor" href="#interface-torchschedulerconfig" aria-label="Permalink to &quot;Interface: TorchSchedulerConfig&quot;">​</a></h1><p>A PyTorch scheduler as configured in Python: the class name and its keyword arguments, spelled as in PyTorch (<code>T_max</code>, <code>eta_min</code>, <code>step_size</code>). Nested entries of the same shape (or built schedulers) go in <code>schedulers</code> for SequentialLR, ChainedScheduler and ParamwiseScheduler. Where PyTorch takes a callable (<code>lr_lambda</code>, <code>scale_fn</code>) pass a JS function.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="kwargs" tabindex="-1">kwargs? <a class="header-anchor" href="#kwargs" aria-label="Permalink to &quot;kwargs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>kwargs?</strong>: <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p></blockquote><hr><h3 id="scheduler" tabindex="-1">scheduler <a class="header-anchor" href="#scheduler" aria-label="Permalink to &quot;scheduler&quot;">​</a></h3><blockquote><p><strong>scheduler</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/TorchSchedulerConfig.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TorchSchedulerConfig = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TorchSchedulerConfig as default
};
