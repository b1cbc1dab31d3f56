import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PreviewSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/PreviewSource.md","filePath":"api/core/type-aliases/PreviewSource.md"}');
const _sfc_main = { name: "api/core/type-aliases/PreviewSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / PreviewSource</p><h1 id="type-alias-previewsource" tabindex="-1">Type Alias: PreviewSource <a class="header-anchor" href="#type-alias-previewsource" aria-label="Permalink to &quot;Type Alias: PreviewSource&quot;">​</a></h1><blockquote><p><strong>PreviewSource</strong> = <a href="./SchedulerFactory"><code>SchedulerFactory</code></a> | <a href="./../interfaces/Schedule"><code>Schedule</code></a> | <a href="./../interfaces/SchedulerSpec"><code>SchedulerSpec</code></a> | <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;&gt;</p></blockquote><p>What <code>preview</code> draws: a spec, a closed-form Schedule, or a factory of a scheduler.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/PreviewSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PreviewSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PreviewSource as default
};
