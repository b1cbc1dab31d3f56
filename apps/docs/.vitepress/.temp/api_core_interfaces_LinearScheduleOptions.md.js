import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LinearScheduleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/LinearScheduleOptions.md","filePath":"api/core/interfaces/LinearScheduleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/LinearScheduleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / LinearScheduleOptions</p><h1 id="interface-linearscheduleoptions" tabindex="-1">Interface: LinearScheduleOptions <a class="header-anchor" href="#interface-linearscheduleoptions" aria-label="Permalink to &quot;Interface: LinearScheduleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/linearSchedule">linearSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="endlr" tabindex="-1">endLr <a class="header-anchor" href="#endlr" aria-label="Permalink to &quot;endLr&quot;">​</a></h3><blockquote><p><strong>endLr</strong>: <code>number</code></p></blockquote><p>The lr from step <code>transitionSteps</code> on.</p><hr><h3 id="startlr" tabindex="-1">startLr <a class="header-anchor" href="#startlr" aria-label="Permalink to &quot;startLr&quot;">​</a></h3><blockquote><p><strong>startLr</strong>: <code>number</code></p></blockquote><p>The lr at step 0.</p><hr><h3 id="transitionsteps" tabindex="-1">transitionSteps <a class="header-anchor" href="#transitionsteps" aria-label="Permalink to &quot;transitionSteps&quot;">​</a></h3><blockquote><p><strong>transitionSteps</strong>: <code>number</code></p></blockquote><p>Steps of the straight line from startLr to endLr (a positive integer).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/LinearScheduleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LinearScheduleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LinearScheduleOptions as default
};
