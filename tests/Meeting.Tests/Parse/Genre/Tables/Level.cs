namespace Meeting.Tests.Parse.Genre.Tables;

/// <summary>Who holds the conference: a ministry, a province, a city, a county or a university.</summary>
public enum Level
{
    National,
    Province,
    City,
    County,
    University,
}
