import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SchedulerFactory","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/SchedulerFactory.md","filePath":"api/core/type-aliases/SchedulerFactory.md"}');
const _sfc_main = { name: "api/core/type-aliases/SchedulerFactory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / SchedulerFactory</p><h1 id="type-alias-schedulerfactory" tabindex="-1">Type Alias: SchedulerFactory <a class="header-anchor" href="#type-alias-schedulerfactory" aria-label="Permalink to &quot;Type Alias: SchedulerFactory&quot;">​</a></h1><blockquote><p><strong>SchedulerFactory</strong> = (<code>optimizer</code>) =&gt; <a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p></blockquote><p>Builds a scheduler on the throwaway optimizer that <code>preview</code> makes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="optimizer" tabindex="-1">optimizer <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer&quot;">​</a></h3><p><a href="./../interfaces/Optimizer"><code>Optimizer</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/SchedulerFactory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SchedulerFactory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SchedulerFactory as default
};
