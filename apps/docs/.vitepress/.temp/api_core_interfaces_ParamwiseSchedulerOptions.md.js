import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ParamwiseSchedulerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/ParamwiseSchedulerOptions.md","filePath":"api/core/interfaces/ParamwiseSchedulerOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/ParamwiseSchedulerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / ParamwiseSchedulerOptions</p><h1 id="interface-paramwisescheduleroptions" tabindex="-1">Interface: ParamwiseSchedulerOptions <a class="header-anchor" href="#interface-paramwisescheduleroptions" aria-label="Permalink to &quot;Interface: ParamwiseSchedulerOptions&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="schedulers" tabindex="-1">schedulers <a class="header-anchor" href="#schedulers" aria-label="Permalink to &quot;schedulers&quot;">​</a></h3><blockquote><p><strong>schedulers</strong>: <a href="./../type-aliases/GroupSchedulerFactory"><code>GroupSchedulerFactory</code></a> | readonly <a href="./../type-aliases/GroupSchedulerFactory"><code>GroupSchedulerFactory</code></a>[]</p></blockquote><p>One factory per param group, or one factory used for every group.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/ParamwiseSchedulerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParamwiseSchedulerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParamwiseSchedulerOptions as default
};
