import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GroupedState","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/interfaces/GroupedState.md","filePath":"api/tfjs/interfaces/GroupedState.md"}');
const _sfc_main = { name: "api/tfjs/interfaces/GroupedState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / GroupedState</p><h1 id="interface-groupedstate" tabindex="-1">Interface: GroupedState <a class="header-anchor" href="#interface-groupedstate" aria-label="Permalink to &quot;Interface: GroupedState&quot;">​</a></h1><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="groups" tabindex="-1">groups <a class="header-anchor" href="#groups" aria-label="Permalink to &quot;groups&quot;">​</a></h3><blockquote><p><strong>groups</strong>: <code>object</code>[]</p></blockquote><h4 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h4><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><h4 id="optimizer" tabindex="-1">optimizer <a class="header-anchor" href="#optimizer" aria-label="Permalink to &quot;optimizer&quot;">​</a></h4><blockquote><p><strong>optimizer</strong>: <a href="./BindingState"><code>BindingState</code></a></p></blockquote><h4 id="order" tabindex="-1">order <a class="header-anchor" href="#order" aria-label="Permalink to &quot;order&quot;">​</a></h4><blockquote><p><strong>order</strong>: <code>string</code>[]</p></blockquote><hr><h3 id="iterations" tabindex="-1">iterations <a class="header-anchor" href="#iterations" aria-label="Permalink to &quot;iterations&quot;">​</a></h3><blockquote><p><strong>iterations</strong>: <code>number</code></p></blockquote><hr><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><blockquote><p><strong>type</strong>: <code>&quot;grouped&quot;</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/interfaces/GroupedState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GroupedState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GroupedState as default
};
