import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: HfWsdShape","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/HfWsdShape.md","filePath":"api/core/type-aliases/HfWsdShape.md"}');
const _sfc_main = { name: "api/core/type-aliases/HfWsdShape.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / HfWsdShape</p><h1 id="type-alias-hfwsdshape" tabindex="-1">Type Alias: HfWsdShape <a class="header-anchor" href="#type-alias-hfwsdshape" aria-label="Permalink to &quot;Type Alias: HfWsdShape&quot;">​</a></h1><blockquote><p><strong>HfWsdShape</strong> = <code>&quot;linear&quot;</code> | <code>&quot;cosine&quot;</code> | <code>&quot;1-sqrt&quot;</code></p></blockquote><p>The shapes of warmup_stable_decay&#39;s warmup and decay.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/HfWsdShape.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfWsdShape = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfWsdShape as default
};
