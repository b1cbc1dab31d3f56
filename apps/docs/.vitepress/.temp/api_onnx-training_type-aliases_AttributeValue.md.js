import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AttributeValue","description":"","frontmatter":{},"headers":[],"relativePath":"api/onnx-training/type-aliases/AttributeValue.md","filePath":"api/onnx-training/type-aliases/AttributeValue.md"}');
const _sfc_main = { name: "api/onnx-training/type-aliases/AttributeValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/onnx-training</a> / AttributeValue</p><h1 id="type-alias-attributevalue" tabindex="-1">Type Alias: AttributeValue <a class="header-anchor" href="#type-alias-attributevalue" aria-label="Permalink to &quot;Type Alias: AttributeValue&quot;">​</a></h1><blockquote><p><strong>AttributeValue</strong> = { <code>int</code>: <code>number</code>; } | { <code>float</code>: <code>number</code>; } | { <code>ints</code>: readonly <code>number</code>[]; } | { <code>string</code>: <code>string</code>; }</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/onnx-training/type-aliases/AttributeValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttributeValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttributeValue as default
};
