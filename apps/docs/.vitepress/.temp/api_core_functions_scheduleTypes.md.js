import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: scheduleTypes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/scheduleTypes.md","filePath":"api/core/functions/scheduleTypes.md"}');
const _sfc_main = { name: "api/core/functions/scheduleTypes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / scheduleTypes</p><h1 id="function-scheduletypes" tabindex="-1">Function: scheduleTypes() <a class="header-anchor" href="#function-scheduletypes" aria-label="Permalink to &quot;Function: scheduleTypes()&quot;">​</a></h1><blockquote><p><strong>scheduleTypes</strong>(): <code>string</code>[]</p></blockquote><p>Every spec <code>type</code> that <a href="./scheduleFromSpec">scheduleFromSpec</a> rebuilds, sorted.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/scheduleTypes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const scheduleTypes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  scheduleTypes as default
};
