using System.Net;
using System.Text;

namespace ConcurrencyBenchmarks.RunReporting.Page;

/// <summary>The start every page of the suite shares: a standalone HTML document with its own style and a heading.</summary>
public static class HtmlHead
{
    public static void Write(StringBuilder html, string title, string style)
    {
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine($"<title>{WebUtility.HtmlEncode(title)}</title>");
        html.AppendLine($"<style>{style}</style></head><body>");
        html.AppendLine($"<h1>{WebUtility.HtmlEncode(title)}</h1>");
    }
}
