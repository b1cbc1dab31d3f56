import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InverseTimeScheduleOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/InverseTimeScheduleOptions.md","filePath":"api/core/interfaces/InverseTimeScheduleOptions.md"}');
const _sfc_main = { name: "api/core/interfaces/InverseTimeScheduleOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / InverseTimeScheduleOptions</p><h1 id="interface-inversetimescheduleoptions" tabindex="-1">Interface: InverseTimeScheduleOptions <a class="header-anchor" href="#interface-inversetimescheduleoptions" aria-label="Permalink to &quot;Interface: InverseTimeScheduleOptions&quot;">​</a></h1><p>Options of <a href="./../functions/inverseTimeSchedule">inverseTimeSchedule</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="decayrate" tabindex="-1">decayRate <a class="header-anchor" href="#decayrate" aria-label="Permalink to &quot;decayRate&quot;">​</a></h3><blockquote><p><strong>decayRate</strong>: <code>number</code></p></blockquote><p>How fast the lr falls: it is startLr / (1 + decayRate) after decaySteps.</p><hr><h3 id="decaysteps" tabindex="-1">decaySteps <a class="header-anchor" href="#decaysteps" aria-label="Permalink to &quot;decaySteps&quot;">​</a></h3><blockquote><p><strong>decaySteps</strong>: <code>number</code></p></blockquote><p>Steps per unit of decay (positive).</p><hr><h3 id="staircase" tabindex="-1">staircase? <a class="header-anchor" href="#staircase" aria-label="Permalink to &quot;staircase?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>staircase?</strong>: <code>boolean</code></p></blockquote><p>Decay in whole steps of decaySteps. Default false.</p><hr><h3 id="startlr" tabindex="-1">startLr <a class="header-anchor" href="#startlr" aria-label="Permalink to &quot;startLr&quot;">​</a></h3><blockquote><p><strong>startLr</strong>: <code>number</code></p></blockquote><p>The lr at step 0.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/InverseTimeScheduleOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InverseTimeScheduleOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InverseTimeScheduleOptions as default
};
