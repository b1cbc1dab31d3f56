import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: fromSpec()","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/functions/fromSpec.md","filePath":"api/core/functions/fromSpec.md"}');
const _sfc_main = { name: "api/core/functions/fromSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / fromSpec</p><h1 id="function-fromspec" tabindex="-1">Function: fromSpec() <a class="header-anchor" href="#function-fromspec" aria-label="Permalink to &quot;Function: fromSpec()&quot;">​</a></h1><blockquote><p><strong>fromSpec</strong>(<code>optimizer</code>, <code>spec</code>): <a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p></blockquote><p>Builds the scheduler a spec describes, on <code>optimizer</code>. A spec is JSON data and never runs code: functions anywhere are rejected. Unknown types, unknown, missing or wrong-typed fields throw an InvalidArgumentError whose <code>parameter</code> is the path into the spec (<code>schedulers[1].warmupSteps</code>), before the optimizer is touched.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="optimizer" tabindex="-1">optimizer <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer&quot;">​</a></h3><p><a href="./../interfaces/Optimizer"><code>Optimizer</code></a></p><h3 id="spec" tabindex="-1">spec <a class="header-anchor" href="#spec" aria-label="Permalink to &quot;spec&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Scheduler"><code>Scheduler</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/functions/fromSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fromSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fromSpec as default
};
