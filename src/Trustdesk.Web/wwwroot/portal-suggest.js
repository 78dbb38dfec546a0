// While a person types a request's subject, shows the knowledge articles that match it (/portal/suggestions), so they
// may find the answer before asking. The form works the same without it.
(() => {
  const field = document.querySelector("[data-suggest]");
  const target = document.getElementById("suggestions");
  if (!field || !target) return;
  let timer = 0;
  let asked = "";
  const ask = async () => {
    const text = field.value.trim();
    if (text === asked) return;
    asked = text;
    if (text.length < 3) { target.replaceChildren(); return; }
    try {
      const response = await fetch("/portal/suggestions?q=" + encodeURIComponent(text), { credentials: "same-origin" });
      if (!response.ok || asked !== text) return;
      const fragment = document.createElement("template");
      fragment.innerHTML = await response.text();
      target.replaceChildren(fragment.content);
    } catch {
      // Suggestions are a help, not a step: a failed one leaves the form as it is.
    }
  };
  field.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(ask, 250); });
})();
