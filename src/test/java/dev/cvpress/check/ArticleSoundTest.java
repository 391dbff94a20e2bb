package dev.cvpress.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "a" or "an" goes by the sound a word starts with, not its letter. */
class ArticleSoundTest {
  @ParameterizedTest
  @CsvSource({
      "hour, an", "hourly, an", "honest, an", "user, a", "unique, a", "university, a", "unusual, an", "update, an",
      "European, a", "one-year, a", "online, an", "engineer, an", "team, a", "year, a",
      "MBA, an", "MSc, an", "SRE, an", "LLM, an", "XML, an", "S3, an", "API, an", "AWS, an", "UX, a", "URL, a",
      "PhD, a", "BSc, a", "8-person, an", "11-month, an", "18, an", "10-person, a", "100, a",
      "unanimous, a", "union, a", "unit, a", "universal, a", "usual, a", "utility, a", "once, a",
      "unable, an", "x-ray, an", "X-ray, an", "x86, an", "X86, an", "xylophone, a",
      "NASA, either", "REST, either", "SaaS, a", "SQL, either", "HA, either", "herb, either", "historic, either"})
  void theArticleFollowsTheSound(String word, String article) {
    Boolean vowel = ArticleSound.vowelSound(word);
    assertEquals(article, vowel == null ? "either" : vowel ? "an" : "a", word);
  }
}
