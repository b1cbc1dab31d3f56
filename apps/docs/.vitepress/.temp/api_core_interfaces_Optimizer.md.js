import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Optimizer<G>","description":"","frontmatter":{},"headers":[],"relativePath":"api/core/interfaces/Optimizer.md","filePath":"api/core/interfaces/Optimizer.md"}');
const _sfc_main = { name: "api/core/interfaces/Optimizer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/core</a> / Optimizer</p><h1 id="interface-optimizer-g" tabindex="-1">Interface: Optimizer&lt;G&gt; <a class="header-anchor" href="#interface-optimizer-g" aria-label="Permalink to &quot;Interface: Optimizer\\&lt;G\\&gt;&quot;">​</a></h1><p>The whole optimizer contract of lrkit: anything with <code>paramGroups</code>. A hand-written optimizer reads <code>paramGroups[i].lr</code> at each update; the adapters forward it to their runtime.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="g" tabindex="-1">G <a class="header-anchor" href="#g" aria-label="Permalink to &quot;G&quot;">​</a></h3><p><code>G</code> <em>extends</em> <a href="./ParamGroup"><code>ParamGroup</code></a> = <a href="./ParamGroup"><code>ParamGroup</code></a></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="paramgroups" tabindex="-1">paramGroups <a class="header-anchor" href="#paramgroups" aria-label="Permalink to &quot;paramGroups&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>paramGroups</strong>: readonly <code>G</code>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/core/interfaces/Optimizer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Optimizer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Optimizer as default
};
