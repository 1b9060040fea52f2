using Microsoft.Playwright;

namespace Meeting.Browser.Tests.Infrastructure;

/// <summary>Waiting for the search page to show a query's results.</summary>
public static class SearchResults
{
    // The address holds the query as soon as its search starts, and the results are no longer busy once it is shown.
    public static Task WaitAsync(IPage page, string query) =>
        page.WaitForFunctionAsync(
            "q => new URLSearchParams(location.search).get('q') === q && document.querySelector('.search-results[aria-busy=false]') !== null",
            query.Trim());
}
