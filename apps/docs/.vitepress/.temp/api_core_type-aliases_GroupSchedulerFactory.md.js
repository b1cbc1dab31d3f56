import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: GroupSchedulerFactory","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/type-aliases/GroupSchedulerFactory.md","filePath":"api/core/type-aliases/GroupSchedulerFactory.md"}');
const _sfc_main = { name: "api/core/type-aliases/GroupSchedulerFactory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / GroupSchedulerFactory</p><h1 id="type-alias-groupschedulerfactory" tabindex="-1">Type Alias: GroupSchedulerFactory <a class="header-anchor" href="#type-alias-groupschedulerfactory" aria-label="Permalink to &quot;Type Alias: GroupSchedulerFactory&quot;">​</a></h1><blockquote><p><strong>GroupSchedulerFactory</strong> = (<code>groupOptimizer</code>, <code>groupIndex</code>) =&gt; <a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p></blockquote><p>Builds the scheduler of one param group from a one-group view of the optimizer.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="groupoptimizer" tabindex="-1">groupOptimizer <a class="header-anchor" href="#groupoptimizer" aria-label="Permalink to &quot;groupOptimizer&quot;">​</a></h3><p><a href="./../interfaces/Optimizer"><code>Optimizer</code></a></p><h3 id="groupindex" tabindex="-1">groupIndex <a class="header-anchor" href="#groupindex" aria-label="Permalink to &quot;groupIndex&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/type-aliases/GroupSchedulerFactory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GroupSchedulerFactory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GroupSchedulerFactory as default
};
