import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: JsonValue","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/JsonValue.md","filePath":"api/core/type-aliases/JsonValue.md"}');
const _sfc_main = { name: "api/core/type-aliases/JsonValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / JsonValue</p><h1 id="type-alias-jsonvalue" tabindex="-1">Type Alias: JsonValue <a class="header-anchor" href="#type-alias-jsonvalue" aria-label="Permalink to &quot;Type Alias: JsonValue&quot;">​</a></h1><blockquote><p><strong>JsonValue</strong> = <code>null</code> | <code>boolean</code> | <code>number</code> | <code>string</code> | <code>JsonValue</code>[] | {[<code>key</code>: <code>string</code>]: <code>JsonValue</code>; }</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/JsonValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const JsonValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  JsonValue as default
};
