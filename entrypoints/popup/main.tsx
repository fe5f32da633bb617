import { mountPage } from '@/components/ui/mount';
import { App } from './App';

void mountPage(App);
