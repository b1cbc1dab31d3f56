import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LrSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/type-aliases/LrSource.md","filePath":"api/onnx-training/type-aliases/LrSource.md"}');
const _sfc_main = { name: "api/onnx-training/type-aliases/LrSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / LrSource</p><h1 id="type-alias-lrsource" tabindex="-1">Type Alias: LrSource <a class="header-anchor" href="#type-alias-lrsource" aria-label="Permalink to &quot;Type Alias: LrSource&quot;">​</a></h1><blockquote><p><strong>LrSource</strong> = <code>&quot;input&quot;</code> | { <code>constant</code>: readonly <code>number</code>[]; }</p></blockquote><p>Where the learning rate comes from. <code>&#39;input&#39;</code> (the default) makes <code>lr.&lt;g&gt;</code> a rank-0 float32 input fed at every step; <code>{ constant }</code> bakes the given per-group values into the graph, which only benchmarks (and frozen exports) want.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/type-aliases/LrSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LrSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LrSource as default
};
