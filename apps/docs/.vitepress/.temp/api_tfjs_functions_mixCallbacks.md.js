import { ssrRenderAttrs, ssrRenderStyle } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: mixCallbacks()","description":"","frontmatter":{},"headers":[],"relativePath":"api/tfjs/functions/mixCallbacks.md","filePath":"api/tfjs/functions/mixCallbacks.md"}');
const _sfc_main = { name: "api/tfjs/functions/mixCallbacks.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../">@lrkit/tfjs</a> / mixCallbacks</p><h1 id="function-mixcallbacks" tabindex="-1">Function: mixCallbacks() <a class="header-anchor" href="#function-mixcallbacks" aria-label="Permalink to &quot;Function: mixCallbacks()&quot;">​</a></h1><blockquote><p><strong>mixCallbacks</strong>(...<code>callbacks</code>): <code>CustomCallback</code>[]</p></blockquote><p>Makes any mix of callbacks safe for <code>model.fit({ callbacks })</code>. tfjs looks only at the first element: if it is a <code>tf.Callback</code>, plain <code>{ onEpochEnd }</code> objects later in the list crash (<code>setParams is not a function</code>); if it is a plain object, every element is wrapped as a plain object and instances such as <code>tf.callbacks.earlyStopping()</code> lose their <code>this</code>. This returns a list of instances only, wrapping each plain object in tfjs&#39;s own <code>CustomCallback</code>.</p><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">callbacks</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">: </span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">mixCallbacks</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">(scheduler, tf.callbacks.</span><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">earlyStopping</span><span style="${ssrRenderStyle({ "--shiki-light": "#24292E", "--shiki-dark": "#E1E4E8" })}">(), { onEpochEnd: log })</span></span></code></pre></div><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="callbacks" tabindex="-1">callbacks <a class="header-anchor" href="#callbacks" aria-label="Permalink to &quot;callbacks&quot;">​</a></h3><p>...readonly (<a href="./../interfaces/CallbackInstance"><code>CallbackInstance</code></a> | <code>CustomCallbackArgs</code> | readonly (<a href="./../interfaces/CallbackInstance"><code>CallbackInstance</code></a> | <code>CustomCallbackArgs</code>)[])[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>CustomCallback</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/tfjs/functions/mixCallbacks.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mixCallbacks = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mixCallbacks as default
};
