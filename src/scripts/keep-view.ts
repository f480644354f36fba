// A link to another view of the same comparison (another peer group's page) takes the reader's
// choices along: the highlighted municipalities, the year and the tab in the query string. Without
// JavaScript the link opens the group's default view.
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-keep-view]")) {
  link.addEventListener("click", () => {
    const target = new URL(link.href, window.location.href);
    target.search = window.location.search;
    link.href = target.href;
  });
}
