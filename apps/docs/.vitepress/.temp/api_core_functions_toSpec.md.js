import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toSpec()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/toSpec.md","filePath":"api/core/functions/toSpec.md"}');
const _sfc_main = { name: "api/core/functions/toSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / toSpec</p><h1 id="function-tospec" tabindex="-1">Function: toSpec() <a class="header-anchor" href="#function-tospec" aria-label="Permalink to &quot;Function: toSpec()&quot;">​</a></h1><blockquote><p><strong>toSpec</strong>(<code>scheduler</code>): <a href="./../interfaces/SchedulerSpec"><code>SchedulerSpec</code></a></p></blockquote><p>The JSON spec of a scheduler or a closed-form schedule: <code>{ version: 1, type, ...fields }</code>, where the fields are the options it was built with (nested specs for the children of SequentialLR, ChainedScheduler and ParamwiseScheduler — one per param group for the latter). <code>fromSpec(optimizer, toSpec(x))</code> rebuilds it with the same lr at every step. A function option (lrLambda, scaleFn) cannot be described: the error names its path.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="scheduler" tabindex="-1">scheduler <a class="header-anchor" href="#scheduler" aria-label="Permalink to &quot;scheduler&quot;">​</a></h3><p><a href="./../interfaces/Schedule"><code>Schedule</code></a> | <a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SchedulerSpec"><code>SchedulerSpec</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/toSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toSpec as default
};
