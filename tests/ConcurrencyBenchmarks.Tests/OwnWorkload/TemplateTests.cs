using System.Text.Json;
using System.Xml.Linq;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.Tests.OwnWorkload;

/// <summary>
/// The template's files as `dotnet new concurrency-scaling` takes them (CI installs the packed template and runs a
/// project made from it): its short name, and a project that references the package of the suite's own version.
/// </summary>
public class TemplateTests
{
    private static readonly string Root = RepositoryRoot.Find() ?? throw new InvalidOperationException("the tests run outside the repository");
    private static readonly string Content = Path.Combine(Root, "templates", "ConcurrencyBenchmarks.Templates", "content", "concurrency-scaling");

    [Fact]
    public void The_template_is_named_concurrency_scaling_and_renames_its_project_after_the_users()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Content, ".template.config", "template.json")));
        var template = json.RootElement;

        Assert.Equal("concurrency-scaling", template.GetProperty("shortName").GetString());
        var sourceName = template.GetProperty("sourceName").GetString()!;
        Assert.True(File.Exists(Path.Combine(Content, sourceName + ".csproj")), $"the project file is named {sourceName}.csproj, so it takes the user's name");
        Assert.Contains($"namespace {sourceName};", File.ReadAllText(Path.Combine(Content, "RequestWorkBenchmarks.cs")));
    }

    [Fact]
    public void The_templates_project_references_the_package_at_the_suites_version()
    {
        var version = XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("Version").Single().Value;
        var reference = XDocument.Load(Path.Combine(Content, "MyScaling.csproj")).Descendants("PackageReference")
            .Single(r => r.Attribute("Include")?.Value == "ConcurrencyBenchmarks.Scaling");

        Assert.Equal(version, reference.Attribute("Version")?.Value);
    }
}
