import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isScheduleType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/isScheduleType.md","filePath":"api/core/functions/isScheduleType.md"}');
const _sfc_main = { name: "api/core/functions/isScheduleType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / isScheduleType</p><h1 id="function-isscheduletype" tabindex="-1">Function: isScheduleType() <a class="header-anchor" href="#function-isscheduletype" aria-label="Permalink to &quot;Function: isScheduleType()&quot;">​</a></h1><blockquote><p><strong>isScheduleType</strong>(<code>type</code>): <code>boolean</code></p></blockquote><p>True when <code>type</code> is a closed-form schedule type (as opposed to a stateful scheduler name).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/isScheduleType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isScheduleType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isScheduleType as default
};
