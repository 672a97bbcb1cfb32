export default function GlossaryPage() {
  return <h1>Glossary</h1>;
}
