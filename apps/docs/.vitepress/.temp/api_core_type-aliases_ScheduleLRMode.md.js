import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ScheduleLRMode","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/ScheduleLRMode.md","filePath":"api/core/type-aliases/ScheduleLRMode.md"}');
const _sfc_main = { name: "api/core/type-aliases/ScheduleLRMode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / ScheduleLRMode</p><h1 id="type-alias-schedulelrmode" tabindex="-1">Type Alias: ScheduleLRMode <a class="header-anchor" href="#type-alias-schedulelrmode" aria-label="Permalink to &quot;Type Alias: ScheduleLRMode&quot;">​</a></h1><blockquote><p><strong>ScheduleLRMode</strong> = <code>&quot;multiplier&quot;</code> | <code>&quot;absolute&quot;</code></p></blockquote><p>How ScheduleLR reads a schedule&#39;s values: <code>&#39;multiplier&#39;</code> scales each group&#39;s base lr (transformers&#39; LambdaLR presets), <code>&#39;absolute&#39;</code> uses the values as lrs.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/ScheduleLRMode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScheduleLRMode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScheduleLRMode as default
};
